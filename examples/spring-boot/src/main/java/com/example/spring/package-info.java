/**
 * A Spring Boot application secured by {@code tollgate-spring-boot-starter}: {@link com.example.spring.ApiController}
 * and {@code application.properties}, with no security code of its own. {@code com.example.spring.demo} runs it
 * against a local development issuer.
 */
@NullMarked
package com.example.spring;

import org.jspecify.annotations.NullMarked;
