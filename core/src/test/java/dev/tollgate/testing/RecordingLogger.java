package dev.tollgate.testing;

import java.lang.System.Logger;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** A {@link System.Logger} that keeps every record as {@code "LEVEL message"}, all levels enabled; thread-safe. */
public final class RecordingLogger implements Logger {

  private final List<String> records = new ArrayList<>();

  @Override
  public String getName() {
    return "recording";
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public synchronized void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    records.add(level + " " + message + (thrown == null ? "" : " [" + thrown + "]"));
  }

  @Override
  public synchronized void log(Level level, ResourceBundle bundle, String format, Object... params) {
    records.add(level + " " + (params == null || params.length == 0 ? format : MessageFormat.format(format, params)));
  }

  /** @return the records so far, oldest first */
  public synchronized List<String> records() {
    return List.copyOf(records);
  }
}
