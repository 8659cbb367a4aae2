package dev.tollgate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JsonScratchTest {

  private static String ascii(String[] recent, String text) {
    byte[] bytes = ("..." + text).getBytes(StandardCharsets.US_ASCII);
    int hash = 0;
    for (int i = 3; i < bytes.length; i++) {
      hash = 31 * hash + bytes[i];
    }
    return JsonScratch.ascii(recent, bytes, 3, text.length(), hash);
  }

  @Test
  void asciiWhenTheSameBytesComeAgainThenTheSameString() {
    String[] scratch = JsonScratch.recent();
    String first = ascii(scratch, "https://clerk.example.com");

    assertEquals("https://clerk.example.com", first);
    assertSame(first, ascii(scratch, "https://clerk.example.com"), "an equal recent string should be shared");
  }

  @Test
  void asciiWhenTwoStringsShareAHashThenEachGetsItsOwnText() {
    String[] scratch = JsonScratch.recent();
    // "Aa" and "BB" have the same String hash, so they land in the same slot.
    assertEquals("Aa", ascii(scratch, "Aa"));
    assertEquals("BB", ascii(scratch, "BB"));
    assertEquals("Aa", ascii(scratch, "Aa"));
    assertEquals("Ab", ascii(scratch, "Ab"), "a string of the same length and a different last byte");
    assertEquals("AaX", ascii(scratch, "AaX"));
    assertEquals("BBX", ascii(scratch, "BBX"), "a string of the same hash and last byte, and other first bytes");
  }

  @Test
  void asciiWhenLongerThanTheTableHoldsThenANewStringEachTime() {
    String[] scratch = JsonScratch.recent();
    String text = "x".repeat(JsonScratch.RECENT_MAX_LENGTH + 1);

    assertEquals(text, ascii(scratch, text));
    assertNotSame(ascii(scratch, text), ascii(scratch, text));
  }

  @Test
  void releaseWhenADocumentUsedTheStackThenNothingOfItIsKept() {
    StrictJson.parseObject("{\"a\":[\"b\",{\"c\":\"d\"}]}".getBytes(StandardCharsets.UTF_8));
    StrictJson.parseObject("{\"a\":[\"b\",{\"c\":".getBytes(StandardCharsets.UTF_8));

    for (Object slot : JsonScratch.stack()) {
      assertNull(slot, "the kept stack still holds a value of a document, whole or cut short");
    }
  }

  @Test
  void parseObjectWhenManyThreadsParseAtOnceThenEachGetsItsOwnDocument() throws Exception {
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int i = 0; i < 20_000; i++) {
            String value = "v" + (i % 97) + "-" + thread;
            Map<String, Object> parsed = StrictJson.parseObject(
                ("{\"iss\":\"" + value + "\",\"n\":[\"" + value + "\"," + i + "]}").getBytes(StandardCharsets.UTF_8));
            assertEquals(Map.of("iss", value, "n", List.of(value, (long) i)), parsed, "thread " + thread);
            checked++;
          }
          return checked;
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertEquals(20_000, result.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
