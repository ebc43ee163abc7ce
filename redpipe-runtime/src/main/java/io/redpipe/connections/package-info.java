/** The thread-safe registry of named Redis connections that pipelines execute on. */
package io.redpipe.connections;
