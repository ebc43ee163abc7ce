/**
 * Contexts and asynchronous execute: two independent RedPipes in one JVM (one per tenant), the
 * generated classes on a context, and {@code executeAsync} composed with {@code CompletableFuture}.
 */
package io.redpipe.examples.contexts;
