package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.util.RedisOutputStream;
import io.redpipe.scripts.Script;

/** A queued command keeps its parts only; sent through the view, it is byte for byte Jedis's. */
class SendViewTest {
  private static final CommandObjects JEDIS = new CommandObjects(RedisProtocol.RESP2);
  private static final QueuedCommand.Target TARGET = new QueuedCommand.Target("", null);

  @Test
  void commandsOfEveryShapeAreSentAsJedisWouldSendThem() {
    List<CommandObject<?>> commands = List.of(
        JEDIS.ping(),
        JEDIS.get("k"),
        JEDIS.set("key", "value"),
        JEDIS.set("key".getBytes(StandardCharsets.UTF_8), new byte[] {0, (byte) 0xff, 13, 10}),
        JEDIS.set("key", "v", new SetParams().nx().ex(10)),
        JEDIS.hset("h", Map.of("f", "v")),
        JEDIS.zadd("z", 1.5, "m"),
        JEDIS.mset("a", "1", "b", "2", "c", "3"),
        JEDIS.incrBy("n", -7),
        JEDIS.objectEncoding("k"),
        JEDIS.set("", ""));
    SendView view = new SendView();
    for (CommandObject<?> command : commands) {
      byte[] expected = encode(command.getArguments());
      QueuedCommand<?> queued = new QueuedCommand<>(TARGET, command);
      assertArrayEquals(expected, encode(view.of(queued)), () -> new String(expected,
          StandardCharsets.ISO_8859_1));
      assertArrayEquals(expected, encode(queued.arguments()));
      assertEquals(command.getArguments().getCommand(), queued.protocolCommand());
      assertEquals(command.getArguments().size(), view.of(queued).size());
      for (int i = 0; i < command.getArguments().size(); i++) {
        assertArrayEquals(command.getArguments().get(i).getRaw(), view.of(queued).get(i).getRaw());
      }
    }
  }

  @Test
  void argumentsOfTheirOwnClassAreKeptAndSentAsTheyAre() {
    CommandObject<Object> call = Script.of("return 1").command(List.of(new byte[] {107}), List.of());
    QueuedCommand<?> queued = new QueuedCommand<>(TARGET, call);
    assertSame(call.getArguments(), queued.kept());
    assertSame(call.getArguments(), new SendView().of(queued));
    assertSame(call.getArguments(), queued.scriptCall());
  }

  @Test
  void aCommandQueuedAsBytesIsSentAsItsCommandArgumentsWouldBe() {
    byte[] key = "U{1}".getBytes(StandardCharsets.UTF_8);
    SendView view = new SendView();
    for (int count = 0; count <= 5; count++) {
      byte[][] arguments = new byte[count][];
      CommandArguments expected = new CommandArguments(Protocol.Command.HSET).key(key);
      for (int i = 0; i < count; i++) {
        arguments[i] = ("a" + i).getBytes(StandardCharsets.UTF_8);
        expected.add(arguments[i]);
      }
      QueuedCommand<?> queued = new QueuedCommand<Object>(TARGET, null, Protocol.Command.HSET,
          key, count > 0 ? arguments[0] : null,
          count > 1 ? java.util.Arrays.copyOfRange(arguments, 1, count) : null);
      assertArrayEquals(encode(expected), encode(view.of(queued)));
      assertEquals(count, queued.argumentCount() - 1);
    }
  }

  @Test
  void describesWithoutTheSecretsOfAuth() {
    QueuedCommand<?> auth = new QueuedCommand<>(TARGET, new CommandObject<>(
        new CommandArguments(Protocol.Command.AUTH).add("user").add("secret"), null));
    assertEquals("AUTH (arguments hidden: they may hold a credential)", auth.describe());
    assertEquals("SET b'k' b'v'",
        new QueuedCommand<>(TARGET, JEDIS.set("k", "v")).describe());
  }

  private static byte[] encode(CommandArguments arguments) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RedisOutputStream out = new RedisOutputStream(bytes);
    Protocol.sendCommand(out, arguments);
    try {
      out.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
