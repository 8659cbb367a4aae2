package com.example.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * A Spring Boot application whose authentication is Tollgate's, from {@code tollgate-spring-boot-starter} and
 * {@code application.properties} alone: no security code of its own. {@code @EnableMethodSecurity} turns on
 * {@code @PreAuthorize} for {@link ApiController}.
 */
@SpringBootApplication
@EnableMethodSecurity
public class ExampleApplication {

  /**
   * Runs the application; the signing keys come from {@code CLERK_SECRET_KEY}, {@code CLERK_JWKS_URL} or
   * {@code CLERK_JWT_KEY} (or their {@code clerk.*} properties).
   *
   * @param args Spring Boot's command line, for example {@code --server.port=8080}
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
