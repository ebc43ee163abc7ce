package io.redpipe.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatFormatTest {
  @ParameterizedTest(name = "repr({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
      "0.30000000000000004     | 0.30000000000000004",
      "1e22                    | 1e+22",
      "1e23                    | 1e+23",
      "5e-324                  | 5e-324",
      "1.7976931348623157e308  | 1.7976931348623157e+308",
      "123456789012345680.0    | 1.2345678901234568e+17",
      "1e16                    | 1e+16",
      "1e15                    | 1000000000000000.0",
      "1152921504606846977     | 1.152921504606847e+18",
      "1.0                     | 1.0",
      "1.2                     | 1.2",
      "100.0                   | 100.0",
      "1e-5                    | 1e-05",
      "0.0001                  | 0.0001",
      "0.002                   | 0.002",
      "-0.0                    | -0.0",
      "0.0                     | 0.0",
      "2.82879384806159e17     | 2.82879384806159e+17",
      "2.2250738585072014e-308 | 2.2250738585072014e-308",
      "2.225073858507201e-308  | 2.225073858507201e-308",
      "0.3333333333333333      | 0.3333333333333333",
      "1e100                   | 1e+100",
      "-1.5                    | -1.5",
      "9007199254740993        | 9007199254740992.0",
      "Infinity                | inf",
      "-Infinity               | -inf",
      "NaN                     | nan",
  })
  void matchesPythonRepr(String javaLiteral, String python) {
    assertEquals(python, PythonFloatFormat.repr(Double.parseDouble(javaLiteral)));
  }

  @Test
  void sumOfPointOneAndPointTwo() {
    assertEquals("0.30000000000000004", PythonFloatFormat.repr(0.1 + 0.2));
    assertEquals("1.152921504606847e+18", PythonFloatFormat.repr((double) ((1L << 60) + 1)));
  }

  @ParameterizedTest(name = "fieldText({0}) = {1}")
  @CsvSource(delimiter = '|', value = {
      "1.0 | 1", "100.0 | 100", "-0.0 | -0", "1e15 | 1000000000000000", "1e16 | 1e+16",
      "1.5 | 1.5", "Infinity | inf", "NaN | nan",
  })
  void fieldTextStripsTrailingPointZero(String javaLiteral, String stored) {
    assertEquals(stored, PythonFloatFormat.fieldText(Double.parseDouble(javaLiteral)));
  }

  /** Eleven thousand doubles formatted by CPython: random bits, short decimals, boundaries. */
  @Test
  void matchesCPythonForTheGoldenFile() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    try (InputStream in = getClass().getResourceAsStream("python-float-repr.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(" ");
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
        checked++;
        check(mismatches, value, parts[1]);
        String negated = parts[1].startsWith("-") ? parts[1].substring(1) : "-" + parts[1];
        check(mismatches, -value, negated);
      }
    }
    assertTrue(checked > 10_000, "golden file has " + checked + " rows");
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
        mismatches.size() + " mismatches");
  }

  private static void check(List<String> mismatches, double value, String expected) {
    String actual = PythonFloatFormat.repr(value);
    if (!actual.equals(expected)) {
      mismatches.add(Double.toString(value) + ": expected " + expected + " got " + actual);
    }
  }
}
