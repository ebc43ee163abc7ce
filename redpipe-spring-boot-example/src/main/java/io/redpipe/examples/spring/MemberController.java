package io.redpipe.examples.spring;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /members?ids=1,2,3} loads the members in one round trip. */
@RestController
public class MemberController {
  private final MemberDirectory directory;

  public MemberController(MemberDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/members")
  public List<Map<String, Object>> members(@RequestParam("ids") List<String> ids) {
    return directory.load(ids).stream()
        .map(m -> Map.<String, Object>of("id", m.key(), "name", m.name(), "visits", m.visits()))
        .toList();
  }

  @PostMapping("/members/{id}/visits")
  public long visit(@PathVariable("id") String id) {
    return directory.visit(id);
  }
}
