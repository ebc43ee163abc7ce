/** Getting started: connect, queue commands on a pipeline, execute once, read the futures. */
package io.redpipe.examples.gettingstarted;
