package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.annotations.DefaultFields;
import io.redpipe.backends.OnBothBackends;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.pipelines.Pipeline;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * What Python RedPipe users missed (issue 19), against a real Redis, alone and in a shared
 * pipeline: loading every member of a DEFINED struct per call, a default load of a named subset
 * (LISTED), create without or with a limited read-back, and incr/decr without an amount.
 */
@OnBothBackends
class StructFieldChoicesTest {
  /** Python's {@code default_fields=['name', 'age']}: a LISTED default over three fields. */
  static final StructSchema PROFILE = StructSchema.builder(HashSchema.builder("Pr")
          .field("name", Codecs.TEXT)
          .field("age", Codecs.INTEGER)
          .field("bio", Codecs.TEXT)
          .build())
      .defaultFields(DefaultFields.LISTED)
      .defaultFieldNames("name", "age")
      .build();

  /** A struct over {@link #PROFILE}. */
  static final class Profile extends AbstractStruct {
    Profile(StructSchema schema, String key, Map<String, Object> data) {
      super(schema, key, data);
    }

    static Profile load(String id, Scope scope) {
      return Structs.load(PROFILE, id, Fields.DEFAULT, scope, Profile::new);
    }

    @Override
    public Profile copy() {
      return copyWith(Profile::new);
    }
  }

  @Test
  void loadAllOnADefinedStructReadsEveryMemberPerCall(UnifiedJedis client) {
    client.hset("S{a1}", Map.of("user", "ann", "hits", "3", "device", "phone"));
    SessionStruct defined = SessionStruct.load("a1", null);
    assertEquals(Map.of("_key", "a1", "user", "ann", "hits", 3L), defined.asMap());
    SessionStruct all = SessionStruct.load("a1", Fields.ALL, null);
    assertEquals(Map.of("_key", "a1", "user", "ann", "hits", 3L, "device", "phone"), all.asMap());
    defined.load(Fields.ALL, null);
    assertEquals(all, defined);
    client.hdel("S{a1}", "device");
    defined.load(Fields.ALL, null); // ALL replaces the local copy
    assertEquals(Map.of("_key", "a1", "user", "ann", "hits", 3L), defined.asMap());

    client.hset("S{a2}", Map.of("user", "bob", "extra", "x"));
    SessionStruct bob;
    SessionStruct bobDefault;
    Future<Long> hits;
    try (Pipeline pipe = RedPipe.pipeline()) {
      bob = SessionStruct.load("a2", Fields.ALL, pipe);
      bobDefault = SessionStruct.load("a2", pipe);
      hits = all.incrHits(pipe);
      all.load(Fields.ALL, pipe);
      assertEquals(1, bob.size());
      pipe.execute();
    }
    assertEquals(Map.of("_key", "a2", "user", "bob", "extra", "x"), bob.asMap());
    assertEquals(Map.of("_key", "a2", "user", "bob"), bobDefault.asMap());
    assertEquals(4L, hits.get());
    assertEquals(Map.of("_key", "a1", "user", "ann", "hits", 4L), all.asMap());
  }

  @Test
  void definedPerCallOnAnAllStructReadsTheDeclaredMembers(UnifiedJedis client) {
    client.hset("U{d1}", Map.of("name", "Dee", "last_seen", "7", "nick", "D"));
    UserStruct dee = UserStruct.load("d1", Fields.DEFINED, null);
    assertEquals(Map.of("user_id", "d1", "name", "Dee", "last_seen", 7L), dee.asMap());
    try (Pipeline pipe = RedPipe.pipeline()) {
      dee.load(Fields.of("nick", "user_id", "nick"), pipe);
      pipe.execute();
    }
    assertEquals("D", dee.get("nick"));
    dee.load(Fields.NONE, null); // queues nothing
    assertEquals(4, dee.size());
  }

  @Test
  void aListedDefaultLoadsTheNamedSubset(UnifiedJedis client) {
    client.hset("Pr{l1}", Map.of("name", "Lu", "age", "41", "bio", "long text", "x", "y"));
    Profile lu = Profile.load("l1", null);
    assertEquals(Map.of("_key", "l1", "name", "Lu", "age", 41L), lu.asMap());
    client.hdel("Pr{l1}", "age");
    Profile again;
    try (Pipeline pipe = RedPipe.pipeline()) {
      lu.load(pipe);
      again = Profile.load("l1", pipe);
      lu.load(List.of("bio"), pipe);
      pipe.execute();
    }
    assertEquals(Map.of("_key", "l1", "name", "Lu", "bio", "long text"), lu.asMap());
    assertEquals(Map.of("_key", "l1", "name", "Lu"), again.asMap());
    // create reads the listed and the written members back
    Profile created = Structs.create(PROFILE, Map.of("_key", "l2", "bio", "b", "x", "1"), false,
        null, Profile::new);
    assertEquals(Map.of("_key", "l2", "bio", "b", "x", "1"), created.asMap());
    assertEquals(List.of("name", "age"), PROFILE.defaultFieldNames());
  }

  @Test
  void createWithoutReadBackWritesAndHoldsWhatItWrote(UnifiedJedis client) {
    UserStruct ann = UserStruct.create(
        UserStruct.with("n1").name("Ann").lastSeen(5L).put("nick", "A"), false, Fields.NONE, null);
    assertEquals(Map.of("name", "Ann", "last_seen", "5", "nick", "A"), client.hgetAll("U{n1}"));
    assertEquals(Map.of("user_id", "n1", "name", "Ann", "last_seen", 5L, "nick", "A"), ann.asMap());

    client.hset("U{n2}", Map.of("name", "Old", "city", "Rome"));
    UserStruct over;
    UserStruct limited;
    UserStruct kept;
    try (Pipeline pipe = RedPipe.pipeline()) {
      over = UserStruct.create(UserStruct.with("n2").name("New"), false, Fields.NONE, pipe);
      limited = UserStruct.create(UserStruct.with("n3").name("Lim").score(0.5), false,
          Fields.of("name", "absent"), pipe);
      kept = UserStruct.create(UserStruct.with("n2").name("Nx").admin(true), true, Fields.NONE,
          pipe);
      assertEquals(1, over.size());
      pipe.execute();
    }
    assertEquals(Map.of("user_id", "n2", "name", "New"), over.asMap()); // city was not read
    assertEquals(Map.of("user_id", "n3", "name", "Lim", "score", 0.5), limited.asMap());
    // nx without read-back: only the members HSETNX set are known
    assertEquals(Map.of("user_id", "n2", "admin", true), kept.asMap());
    assertEquals(Map.of("name", "New", "city", "Rome", "admin", "1"), client.hgetAll("U{n2}"));
    // nx with the default read-back shows the value that was kept
    UserStruct nxRead = UserStruct.create(UserStruct.with("n2").name("Nx2"), true, null);
    assertEquals("New", nxRead.name());
    assertEquals("Rome", nxRead.get("city"));
  }

  @Test
  void createWithAReadBackOfAllOnADefinedStruct(UnifiedJedis client) {
    client.hset("S{c1}", Map.of("device", "tv"));
    SessionStruct s = SessionStruct.create(SessionStruct.with("c1").user("cy"), false, Fields.ALL,
        null);
    assertEquals(Map.of("_key", "c1", "user", "cy", "device", "tv"), s.asMap());
    assertTrue(client.ttl("S{c1}") > 0); // the ttl's EXPIRE is still sent
    SessionStruct only = SessionStruct.create(SessionStruct.with("c2"), false, Fields.NONE, null);
    assertEquals(1, only.size()); // nothing to write, nothing read
    assertFalse(client.exists("S{c2}"));
  }

  @Test
  void incrAndDecrWithoutAnAmountCountByOne(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(UserStruct.with("i1").name("Jack").lastSeen(10L), null);
    assertEquals(11L, jack.incr(UserStruct.LAST_SEEN, null).get());
    assertEquals(10L, jack.decr(UserStruct.LAST_SEEN, null).get());
    assertEquals(11L, jack.incrLastSeen(null).get());
    assertEquals(1.0, jack.incrScore(null).get());
    Future<Long> visits;
    Future<Long> down;
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.incr("visits", pipe);
      visits = jack.incr("visits", pipe);
      down = jack.decr("credits", pipe);
      pipe.execute();
    }
    assertEquals(2L, visits.get());
    assertEquals(-1L, down.get());
    assertEquals("2", jack.get("visits")); // undeclared: TEXT, re-read
    assertEquals("-1", jack.get("credits"));
    assertEquals(11L, jack.lastSeen());
    assertThrows(InvalidOperation.class, () -> jack.incr(UserStruct.NAME, null));
    assertThrows(InvalidOperation.class, () -> jack.decr(UserStruct.SCORE, null));
    assertEquals("11", client.hget("U{i1}", "last_seen"));
  }

  @Test
  void aFailedExecuteChangesNoLocalCopyAndFailsTheFutures(UnifiedJedis client) {
    client.set("fc:not-a-hash", "x");
    UserStruct jack = UserStruct.create(UserStruct.with("f1").name("Jack").lastSeen(1L), null);
    SessionStruct sess = SessionStruct.create(SessionStruct.with("f2").user("s").hits(1L), null);
    client.hset("U{f1}", Map.of("nick", "server", "name", "Server"));
    client.hset("S{f2}", "device", "pc");
    client.hset("Pr{f3}", Map.of("name", "P", "age", "3"));
    Profile profile = Structs.stub(PROFILE, Map.of("_key", "f3", "bio", "old"), Profile::new);
    Map<String, Object> jackBefore = jack.asMap();
    Map<String, Object> sessBefore = sess.asMap();
    Map<String, Object> profileBefore = profile.asMap();
    List<Future<Long>> futures;
    List<AbstractStruct> created;
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.load(Fields.ALL, pipe);
      jack.load(Fields.DEFINED, pipe);
      sess.load(Fields.ALL, pipe);
      profile.load(pipe);
      futures = List.of(jack.incr("visits", pipe), jack.decr(UserStruct.LAST_SEEN, pipe),
          jack.incrLastSeen(pipe), sess.incrHits(pipe));
      created = List.of(
          UserStruct.create(UserStruct.with("f4").name("N"), false, Fields.NONE, pipe),
          UserStruct.create(UserStruct.with("f1").name("O"), true, Fields.of("nick"), pipe),
          SessionStruct.load("f2", Fields.ALL, pipe),
          Profile.load("f3", pipe));
      pipe.executeCommand(pipe.commandObjects().hset("fc:not-a-hash", "f", "v"));
      assertThrows(io.redpipe.PipelineFailed.class, pipe::execute);
    }
    assertEquals(jackBefore, jack.asMap());
    assertEquals(sessBefore, sess.asMap());
    assertEquals(profileBefore, profile.asMap());
    for (Future<Long> future : futures) {
      assertTrue(future.isFailed());
    }
    for (AbstractStruct struct : created) {
      assertEquals(1, struct.size(), struct.toString());
    }
  }

  /**
   * The processor marks declared fields required; a hand-written schema may require any member,
   * as Python does, with the same checks before anything is queued.
   */
  @Test
  void aHandWrittenSchemaMayRequireAnUndeclaredMember(UnifiedJedis client) {
    StructSchema contacts = StructSchema.builder(
            HashSchema.builder("Ct").field("name", Codecs.TEXT).build())
        .required("email")
        .build();
    InvalidOperation missing = assertThrows(InvalidOperation.class,
        () -> Structs.create(contacts, Map.of("_key", "r1", "name", "N"), false, null, Profile::new));
    assertEquals("missing required field(s) [email] for Ct{r1}; give them a non-null value",
        missing.getMessage());
    assertFalse(client.exists("Ct{r1}"));
    Profile contact = Structs.create(contacts, Map.of("_key", "r1", "email", "e@x"), false,
        Fields.NONE, null, Profile::new);
    assertEquals("e@x", client.hget("Ct{r1}", "email"));
    assertThrows(InvalidOperation.class, () -> contact.remove(List.of("email"), null));
    assertEquals(Map.of("_key", "r1", "email", "e@x"), contact.asMap());
  }

  @Test
  void fieldsAreValuesAndRefuseNulls() {
    assertEquals(Fields.NONE, Fields.of());
    assertEquals(Fields.NONE, Fields.of(List.of()));
    assertEquals(Fields.of("a", "b"), Fields.of(List.of("a", "b", "a")));
    assertFalse(Fields.ALL.equals(Fields.DEFINED));
    assertEquals("Fields.of([a, b])", Fields.of("a", "b").toString());
    assertEquals("Fields.ALL", Fields.ALL.toString());
    assertEquals("Fields.NONE", Fields.NONE.toString());
    assertThrows(NullPointerException.class, () -> Fields.of("a", null));
    assertThrows(NullPointerException.class, () -> Fields.of((List<String>) null));
    UserStruct stub = UserStruct.stub("z");
    assertThrows(NullPointerException.class, () -> stub.load((Fields) null, null));
    assertThrows(NullPointerException.class,
        () -> UserStruct.create(UserStruct.with("z").name("Z"), false, null, null));
  }

  @Test
  void aListedSchemaIsCheckedWhenBuilt() {
    HashSchema hash = HashSchema.builder("Chk").field("a", Codecs.TEXT).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StructSchema.builder(hash).defaultFields(DefaultFields.LISTED).build());
    assertEquals("defaultFields LISTED of Chk names no member; give the members a default load"
        + " reads with defaultFieldNames(...)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> StructSchema.builder(hash).defaultFieldNames("a").build());
    assertEquals("defaultFieldNames [a] of Chk are read only with"
        + " defaultFields(DefaultFields.LISTED), but defaultFields is ALL; set LISTED or remove"
        + " the names", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> StructSchema.builder(hash)
        .defaultFields(DefaultFields.LISTED).defaultFieldNames("a", "_key").build());
    StructSchema undeclared = StructSchema.builder(hash).defaultFields(DefaultFields.LISTED)
        .defaultFieldNames("a", "undeclared", "a").build();
    assertEquals(Arrays.asList("a", "undeclared"), undeclared.defaultFieldNames());
    assertEquals(List.of(), StructSchema.builder(hash).build().defaultFieldNames());
  }
}
