/**
 * Lua scripts run with {@code EVALSHA}: a {@link io.redpipe.scripts.Script} knows its SHA1 and
 * its source, so RedPipe loads it where a server does not have it and runs again only the calls
 * the server answered {@code NOSCRIPT}, within the same execute. Replies are typed by a
 * {@link io.redpipe.scripts.ReplyDecoder}.
 */
package io.redpipe.scripts;
