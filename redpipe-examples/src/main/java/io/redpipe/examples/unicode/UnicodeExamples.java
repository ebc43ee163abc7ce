package io.redpipe.examples.unicode;

import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import java.nio.charset.StandardCharsets;

/**
 * The "Unicode Support" chapter. Pipelines speak Jedis: {@code String} commands write UTF-8 and
 * {@code byte[]} commands raw bytes. Keyspaces encode ids and TEXT values as UTF-8 and decode
 * them back; BINARY values (and DUMP payloads) stay raw bytes.
 */
public final class UnicodeExamples {
  /** Greetings: UTF-8 text at {@code greeting{<id>}}. */
  public static final KeyspaceSpec<String> GREETINGS = KeyspaceSpec.of("greeting", null, Codecs.TEXT);
  /** Blobs: raw bytes at {@code blob{<id>}}. */
  public static final KeyspaceSpec<byte[]> BLOBS = KeyspaceSpec.of("blob", null, Codecs.BINARY);

  private UnicodeExamples() {}

  /** Stores a greeting and reads it back as text and as the raw bytes Redis holds. */
  public static Future<String> storeGreeting(String id, String text, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      StringKeyspace<String> greetings = new StringKeyspace<>(GREETINGS, pipe);
      greetings.set(id, text);
      return greetings.get(id);
    });
  }

  /** The bytes stored under a greeting's key, through the pipeline's {@code byte[]} form. */
  public static Future<byte[]> rawGreeting(String id, Pipeline parent) {
    byte[] key = GREETINGS.key(id).getBytes(StandardCharsets.UTF_8);
    return RedPipe.autoexec(parent, pipe -> pipe.get(key));
  }

  /**
   * Copies a greeting to a blob with DUMP and RESTORE: the payload is binary and is never
   * decoded as text. Returns the copy read as bytes.
   */
  public static Future<byte[]> copyToBlob(String greetingId, String blobId) {
    byte[] payload = new StringKeyspace<>(GREETINGS, null).dump(greetingId).get();
    return RedPipe.autoexec(null, pipe -> {
      StringKeyspace<byte[]> blobs = new StringKeyspace<>(BLOBS, pipe);
      blobs.delete(blobId);
      blobs.restore(blobId, 0, payload);
      return blobs.get(blobId);
    });
  }
}
