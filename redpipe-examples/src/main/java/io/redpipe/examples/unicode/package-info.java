/** Unicode: UTF-8 text in keyspaces, raw bytes in pipelines and BINARY values. */
package io.redpipe.examples.unicode;
