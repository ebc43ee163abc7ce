/** Error handling: failed executes, refused values, and what state is left behind. */
package io.redpipe.examples.errors;
