package io.redpipe.examples.porting;

import io.redpipe.Scope;
import io.redpipe.annotations.DefaultFields;
import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;
import io.redpipe.futures.Future;
import io.redpipe.structs.Fields;
import java.util.Map;

/**
 * A player, as a Python service declares it:
 *
 * <pre>{@code
 * class Player(redpipe.Struct):
 *     keyspace = 'player'
 *     key_name = 'player_id'
 *     fields = {'name': TextField, 'level': IntegerField, 'class': TextField,
 *               'float': BooleanField, 'settings': DictField, 'bio': TextField}
 *     required = {'name'}
 *     default_fields = ['name', 'level', 'class']
 * }</pre>
 *
 * <p>The members {@code class} and {@code float} are Java keywords, so their methods have other
 * names and {@link Field#name()} gives the stored name. A default load reads the three members of
 * {@code defaultFieldNames} only; {@code load(id, Fields.ALL, scope)} reads the long
 * {@code bio} and the {@code settings} too.
 */
@Keyspace("player")
@Struct(keyName = "player_id", defaultFields = DefaultFields.LISTED,
    defaultFieldNames = {"name", "level", "class"})
public interface Player {
  /** The display name; every player has one. */
  @Field(required = true)
  String name();

  /** The level, counted up from 1. */
  @Field
  Long level();

  /** The character class, stored as Python's member {@code class}. */
  @Field(name = "class")
  String characterClass();

  /** Whether the player floats, stored as Python's member {@code float}. */
  @Field(name = "float")
  Boolean floating();

  /** Free-form settings (DICT); older Python writes stored them as a list of pairs. */
  @Field
  Map<String, Object> settings();

  /** A long text that the default load leaves out. */
  @Field
  String bio();

  /** Not a field: computed from the fields a default load reads. */
  default String title() {
    return name() + " the " + characterClass() + " (level " + level() + ")";
  }

  /**
   * Registers a player at level 1 without reading the hash back (Python's {@code fields=[]}):
   * one HSET, and the struct holds what it wrote.
   *
   * @param id the player's id
   * @param name the display name
   * @param characterClass the character class
   * @param scope the pipeline to join, a context, or {@code null} (at once)
   * @return the new player
   */
  static PlayerStruct register(String id, String name, String characterClass, Scope scope) {
    return PlayerStruct.create(
        PlayerStruct.with(id).name(name).level(1L).characterClass(characterClass),
        false, Fields.NONE, scope);
  }

  /**
   * Counts a level up (HINCRBY by 1, Python's {@code incr('level')}).
   *
   * @param player the player
   * @param scope the pipeline to join, a context, or {@code null} (at once)
   * @return the new level
   */
  static Future<Long> levelUp(PlayerStruct player, Scope scope) {
    return player.incrLevel(scope);
  }
}
