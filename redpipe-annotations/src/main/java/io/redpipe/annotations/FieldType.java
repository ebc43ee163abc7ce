package io.redpipe.annotations;

/**
 * How a value is stored in Redis, byte-compatible with Python RedPipe's fields.
 *
 * <table>
 *   <caption>Field types</caption>
 *   <tr><th>type</th><th>Java type</th><th>stored bytes</th></tr>
 *   <tr><td>TEXT</td><td>String</td><td>UTF-8</td></tr>
 *   <tr><td>ASCII</td><td>String</td><td>printable ASCII (0x20-0x7E) only</td></tr>
 *   <tr><td>BINARY</td><td>byte[]</td><td>as given</td></tr>
 *   <tr><td>INTEGER</td><td>Long (long, int, Integer, short accepted)</td><td>decimal digits</td></tr>
 *   <tr><td>FLOAT</td><td>Double (double, float accepted)</td><td>Python's float repr</td></tr>
 *   <tr><td>BOOLEAN</td><td>Boolean</td><td>"1" or ""</td></tr>
 *   <tr><td>LIST</td><td>List&lt;Object&gt;</td><td>JSON</td></tr>
 *   <tr><td>DICT</td><td>Map&lt;String, Object&gt;</td><td>JSON</td></tr>
 *   <tr><td>STRING_LIST</td><td>List&lt;String&gt;</td><td>comma-joined</td></tr>
 * </table>
 */
public enum FieldType {
  /** Inferred from the Java type of the annotated method. */
  AUTO,
  /** UTF-8 text. */
  TEXT,
  /** Printable ASCII text. */
  ASCII,
  /** Raw bytes. */
  BINARY,
  /** A whole number, stored as decimal digits. */
  INTEGER,
  /** A double, stored as Python's float repr without a trailing ".0". */
  FLOAT,
  /** A boolean, stored as "1" or "". */
  BOOLEAN,
  /** A JSON array. */
  LIST,
  /** A JSON object. */
  DICT,
  /** A list of strings joined with ",". */
  STRING_LIST
}
