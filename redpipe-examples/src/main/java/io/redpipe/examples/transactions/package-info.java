/** Transactions: MULTI/EXEC per connection, switched on at connect time. */
package io.redpipe.examples.transactions;
