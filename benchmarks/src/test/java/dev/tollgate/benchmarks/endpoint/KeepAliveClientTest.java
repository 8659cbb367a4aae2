package dev.tollgate.benchmarks.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.Test;

class KeepAliveClientTest {

  @Test
  void getWhenRepeatedThenOneConnectionCarriesEveryRequestAndTheToken() throws Exception {
    Set<String> headers = ConcurrentHashMap.newKeySet();
    Set<Integer> remotePorts = ConcurrentHashMap.newKeySet();
    Filter record = (request, response, chain) -> {
      headers.add(((HttpServletRequest) request).getHeader("Authorization"));
      remotePorts.add(request.getRemotePort());
      chain.doFilter(request, response);
    };
    try (EndpointServer server = EndpointServer.start(
        context -> context.addFilter(new FilterHolder(record), "/*", EnumSet.of(DispatcherType.REQUEST)));
        KeepAliveClient client = KeepAliveClient.connect(server.port(), EndpointServer.PATH)) {
      for (int i = 0; i < 50; i++) {
        assertEquals(200, client.get(i % 2 == 0 ? "a.b.c" : "d.e.f"));
      }
      assertEquals(Set.of("Bearer a.b.c", "Bearer d.e.f"), headers);
      assertEquals(1, remotePorts.size());
    }
  }

  @Test
  void getWhenLongTokenThenBufferGrows() throws Exception {
    String token = "x".repeat(5_000);
    try (EndpointServer server = EndpointServer.start(context -> { });
        KeepAliveClient client = KeepAliveClient.connect(server.port(), EndpointServer.PATH)) {
      assertEquals(200, client.get(token));
      assertEquals(200, client.get("short"));
    }
  }

  @Test
  void getWhenStatusNotOkThenStatusReturned() throws Exception {
    Filter deny = (request, response, chain) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(401);
      http.setContentLength(0);
    };
    try (EndpointServer server = EndpointServer.start(
        context -> context.addFilter(new FilterHolder(deny), "/*", EnumSet.of(DispatcherType.REQUEST)));
        KeepAliveClient client = KeepAliveClient.connect(server.port(), EndpointServer.PATH)) {
      assertEquals(401, client.get("t"));
      assertEquals(401, client.get("t"));
    }
  }

  @Test
  void getWhenServerGoneThenIoException() throws Exception {
    EndpointServer server = EndpointServer.start(context -> { });
    try (KeepAliveClient client = KeepAliveClient.connect(server.port(), EndpointServer.PATH)) {
      assertEquals(200, client.get("t"));
      server.close();
      assertThrows(IOException.class, () -> {
        client.get("t");
        client.get("t");
      });
    }
  }
}
