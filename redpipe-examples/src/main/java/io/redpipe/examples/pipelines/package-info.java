/** Runnable examples of pipelines, futures, callbacks and named connections. */
package io.redpipe.examples.pipelines;
