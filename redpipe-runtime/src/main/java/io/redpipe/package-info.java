/**
 * RedPipe's entry point ({@code RedPipe}) and its exceptions. Sub-packages hold connections,
 * pipelines, futures, codecs, keyspaces and structs.
 */
package io.redpipe;
