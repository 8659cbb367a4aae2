package dev.tollgate.backend;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The latest activity of a Backend API {@link BackendSession}: the device, browser and network location it was last
 * used from, as Clerk's {@code latest_activity} object gives it ({@code object}, {@code id} and
 * {@code is_mobile} are required; the rest may be absent).
 *
 * <p>The IP address, city and country are personal data: {@link #toString()} leaves them out. Members this
 * version does not know are kept in {@link #unknownFields()}. Immutable and thread-safe.
 */
public final class SessionActivity {

  private final String object;
  private final String id;
  private final boolean mobile;
  private final @Nullable String deviceType;
  private final @Nullable String browserName;
  private final @Nullable String browserVersion;
  private final @Nullable String ipAddress;
  private final @Nullable String city;
  private final @Nullable String country;
  private final Map<String, @Nullable Object> unknownFields;

  SessionActivity(String object, String id, boolean mobile, @Nullable String deviceType,
      @Nullable String browserName, @Nullable String browserVersion, @Nullable String ipAddress,
      @Nullable String city, @Nullable String country, Map<String, @Nullable Object> unknownFields) {
    this.object = Objects.requireNonNull(object, "object");
    this.id = Objects.requireNonNull(id, "id");
    this.mobile = mobile;
    this.deviceType = deviceType;
    this.browserName = browserName;
    this.browserVersion = browserVersion;
    this.ipAddress = ipAddress;
    this.city = city;
    this.country = country;
    this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
  }

  /** @return the activity record's id */
  public String id() {
    return id;
  }

  /** @return {@code true} if the activity came from a mobile device ({@code is_mobile}) */
  public boolean isMobile() {
    return mobile;
  }

  /** @return the device type ({@code device_type}), for example {@code "Macintosh"} */
  public Optional<String> deviceType() {
    return Optional.ofNullable(deviceType);
  }

  /** @return the browser's name ({@code browser_name}), for example {@code "Chrome"} */
  public Optional<String> browserName() {
    return Optional.ofNullable(browserName);
  }

  /** @return the browser's version ({@code browser_version}) */
  public Optional<String> browserVersion() {
    return Optional.ofNullable(browserVersion);
  }

  /** @return the IP address the activity came from ({@code ip_address}); personal data */
  public Optional<String> ipAddress() {
    return Optional.ofNullable(ipAddress);
  }

  /** @return the city, resolved by Clerk from the IP address ({@code city}); personal data */
  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  /** @return the country, resolved by Clerk from the IP address ({@code country}); personal data */
  public Optional<String> country() {
    return Optional.ofNullable(country);
  }

  /**
   * Members of the {@code latest_activity} object that Clerk's schema does not list, as parsed: unmodifiable
   * maps and lists, {@link Long}, {@link java.math.BigInteger}, {@link java.math.BigDecimal}, {@link String},
   * {@link Boolean} or {@code null}. They are not written back by {@link BackendSession#toJson()}.
   *
   * @return an unmodifiable map, empty when the API sent nothing new
   */
  public Map<String, @Nullable Object> unknownFields() {
    return unknownFields;
  }

  /** The {@code object} member, kept for serialising. */
  String object() {
    return object;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof SessionActivity)) {
      return false;
    }
    SessionActivity that = (SessionActivity) other;
    return mobile == that.mobile && object.equals(that.object) && id.equals(that.id)
        && Objects.equals(deviceType, that.deviceType) && Objects.equals(browserName, that.browserName)
        && Objects.equals(browserVersion, that.browserVersion) && Objects.equals(ipAddress, that.ipAddress)
        && Objects.equals(city, that.city) && Objects.equals(country, that.country)
        && unknownFields.equals(that.unknownFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, id, mobile, deviceType, browserName, browserVersion, ipAddress, city, country,
        unknownFields);
  }

  /** Id, device and browser; never the IP address or location. */
  @Override
  public String toString() {
    return "SessionActivity[id=" + id + ", isMobile=" + mobile + ", deviceType=" + deviceType
        + ", browserName=" + browserName + ", browserVersion=" + browserVersion + "]";
  }
}
