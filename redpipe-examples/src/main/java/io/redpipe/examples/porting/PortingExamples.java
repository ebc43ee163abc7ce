package io.redpipe.examples.porting;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.Fields;
import java.util.List;

/**
 * Python RedPipe calls and their RedPipe for Java forms, with the classes generated from
 * {@link Player} and {@link Follows}. Each function takes a nullable scope: alone it is one round
 * trip, given a pipeline it joins it. Connect first with {@code RedPipe.connect}.
 */
public final class PortingExamples {
  private PortingExamples() {}

  /**
   * {@code Player(player_id)}: the default load, here the listed members {@code name},
   * {@code level} and {@code class} (HMGET).
   *
   * @param id the player's id
   * @param scope the pipeline to join, a context, or {@code null} (at once)
   * @return the player, filled when the pipeline executes
   */
  public static PlayerStruct card(String id, Scope scope) {
    return PlayerStruct.load(id, scope);
  }

  /**
   * {@code Player(player_id, fields='all')}: every member (HGETALL), whatever the default is.
   *
   * @param id the player's id
   * @param scope the pipeline to join, a context, or {@code null} (at once)
   * @return the player with every stored member
   */
  public static PlayerStruct everything(String id, Scope scope) {
    return PlayerStruct.load(id, Fields.ALL, scope);
  }

  /** What {@link #joinAndFollow} read and wrote. */
  public record Joined(PlayerStruct player, Future<Long> level, Future<List<String>> followers) {}

  /**
   * A new player joins (no read-back), levels up once and follows a friend: one round trip for
   * all of it.
   *
   * @param id the new player's id
   * @param name the display name
   * @param characterClass the character class
   * @param friend the friend to follow
   * @param at the time of the follow
   * @param parent the pipeline to join, or {@code null} (at once)
   * @return the new player, its level and the friend's newest followers
   */
  public static Joined joinAndFollow(String id, String name, String characterClass, String friend,
      double at, Pipeline parent) {
    try (Pipeline pipe = RedPipe.pipeline(parent)) {
      PlayerStruct player = Player.register(id, name, characterClass, pipe);
      Future<Long> level = Player.levelUp(player, pipe);
      Future<List<String>> followers = Follows.follow(friend, id, at, pipe);
      pipe.execute();
      return new Joined(player, level, followers);
    }
  }
}
