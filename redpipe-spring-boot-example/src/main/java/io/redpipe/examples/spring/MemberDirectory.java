package io.redpipe.examples.spring;

import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A Spring service on RedPipe, without static state: the context is a bean, injected; the
 * keyspace is bound to it. Loading many members costs one round trip.
 */
@Service
public class MemberDirectory {
  private final RedPipeContext redpipe;
  private final MemberKeyspace members;

  public MemberDirectory(RedPipeContext redpipe) {
    this.redpipe = redpipe;
    this.members = MemberKeyspace.of(redpipe);
  }

  /** Creates members {@code 1..count}, all in one round trip. */
  public void register(int count) {
    try (Pipeline pipe = redpipe.pipeline()) {
      for (int i = 1; i <= count; i++) {
        MemberStruct.create(MemberStruct.with(String.valueOf(i)).name("member " + i).visits(0L),
            pipe);
      }
      pipe.execute();
    }
  }

  /** Loads the members with these ids: one HGETALL each, one round trip for all. */
  public List<MemberStruct> load(List<String> ids) {
    List<MemberStruct> loaded = new ArrayList<>(ids.size());
    try (Pipeline pipe = redpipe.pipeline()) {
      for (String id : ids) {
        loaded.add(MemberStruct.load(id, pipe));
      }
      pipe.execute();
    }
    return loaded;
  }

  /** Counts a visit: one round trip on the keyspace bound to the context. */
  public long visit(String id) {
    Future<Long> visits = members.incrVisits(id, 1);
    return visits.get();
  }
}
