/** Root and nested pipelines: every Jedis pipeline command, queued, with futures as results. */
package io.redpipe.pipelines;
