package com.example.boot;

import io.redpipe.RedPipeContext;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import org.springframework.stereotype.Service;

/** A bean on the context bean: creates and loads visitors in one round trip each. */
@Service
public class VisitorBook {
  private final RedPipeContext redpipe;

  public VisitorBook(RedPipeContext redpipe) {
    this.redpipe = redpipe;
  }

  public List<String> welcome(List<String> ids) {
    try (Pipeline pipe = redpipe.pipeline()) {
      for (String id : ids) {
        VisitorStruct.create(VisitorStruct.with(id).name("visitor " + id).visits(1L), pipe);
      }
      pipe.execute();
    }
    try (Pipeline pipe = redpipe.pipeline()) {
      List<VisitorStruct> loaded = ids.stream().map(id -> VisitorStruct.load(id, pipe)).toList();
      pipe.execute();
      return loaded.stream().map(VisitorStruct::name).toList();
    }
  }
}
