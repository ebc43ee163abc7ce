/** Scripts: a Lua script run with EVALSHA, loaded by RedPipe where a server lacks it. */
package io.redpipe.examples.scripts;
