/** Futures, autoexec and callbacks: results that exist before the round trip and are filled by it. */
package io.redpipe.examples.futures;
