package dev.tollgate.backend;

import java.net.URI;

/** The default {@link BackendApi}. */
final class DefaultBackendApi implements BackendApi {

  private final URI apiUrl;
  private final Sessions sessions;

  DefaultBackendApi(URI apiUrl, Sessions sessions) {
    this.apiUrl = apiUrl;
    this.sessions = sessions;
  }

  @Override
  public Sessions sessions() {
    return sessions;
  }

  /** The API URL only; never the secret key. */
  @Override
  public String toString() {
    return "BackendApi[apiUrl=" + apiUrl + "]";
  }
}
