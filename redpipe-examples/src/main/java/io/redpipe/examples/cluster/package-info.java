/** Examples: RedPipe on a Redis Cluster, with keys designed around hash tags. */
package io.redpipe.examples.cluster;
