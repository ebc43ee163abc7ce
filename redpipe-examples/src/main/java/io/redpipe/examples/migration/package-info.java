/** The before (Jedis) and after (RedPipe) pairs of the migration guide. */
package io.redpipe.examples.migration;
