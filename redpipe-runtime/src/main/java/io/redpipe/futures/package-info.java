/** {@link io.redpipe.futures.Future}: results that are known once the root pipeline executed. */
package io.redpipe.futures;
