package dev.tollgate.servlet.testing;

/** A started embedded servlet container listening on a loopback port. */
public interface EmbeddedContainer {

  /** @return the HTTP port */
  int port();

  /** @return the container's name for messages */
  String name();

  /** Stops the container and releases its resources. */
  void stop() throws Exception;
}
