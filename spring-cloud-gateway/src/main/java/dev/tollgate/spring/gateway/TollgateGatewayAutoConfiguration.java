package dev.tollgate.spring.gateway;

import dev.tollgate.spring.boot.PropertyChecks;
import dev.tollgate.spring.boot.TollgateAutoConfiguration;
import dev.tollgate.spring.boot.TollgateProperties;
import dev.tollgate.web.RequestAuthenticator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Tollgate's beans for a Spring Cloud Gateway application, from the starter's {@link RequestAuthenticator} and
 * {@code tollgate.realm}, and {@link TollgateGatewayProperties}:
 * <ul>
 *   <li>{@link TollgateGatewayFilterFactory}, the route filter {@value TollgateGatewayFilterFactory#NAME};</li>
 *   <li>{@link TollgateGlobalFilter}, which removes forged identity headers on every route and, with
 *       {@code tollgate.gateway.global=true}, authenticates every route but the public paths.</li>
 * </ul>
 * Invalid properties, and invalid arguments of a Tollgate filter in the gateway's route properties, fail startup
 * naming them.
 */
@AutoConfiguration(after = TollgateAutoConfiguration.class)
@ConditionalOnClass(GlobalFilter.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(RequestAuthenticator.class)
@EnableConfigurationProperties(TollgateGatewayProperties.class)
public class TollgateGatewayAutoConfiguration {

  /** Created by Spring. */
  public TollgateGatewayAutoConfiguration() {}

  @Bean
  GatewayAuthentication tollgateGatewayAuthentication(RequestAuthenticator authenticator,
      TollgateGatewayProperties gateway, TollgateProperties tollgate) {
    return new GatewayAuthentication(authenticator, IdentityHeaders.of(gateway), PropertyChecks.realm(tollgate));
  }

  /**
   * The route filter.
   *
   * @param authentication the filter's decision
   * @return the factory of the {@value TollgateGatewayFilterFactory#NAME} filter
   */
  @Bean
  TollgateGatewayFilterFactory tollgateGatewayFilterFactory(GatewayAuthentication authentication) {
    return new TollgateGatewayFilterFactory(authentication);
  }

  @Bean
  TollgateGlobalFilter tollgateGlobalFilter(GatewayAuthentication authentication, TollgateGatewayProperties gateway) {
    return new TollgateGlobalFilter(authentication, gateway.isGlobal(), publicPaths(gateway));
  }

  @Bean
  static SmartInitializingSingleton tollgateRouteArgumentsCheck(ObjectProvider<GatewayProperties> gateway) {
    return () -> gateway.ifAvailable(RouteArgumentsCheck::check);
  }

  private static List<PathPattern> publicPaths(TollgateGatewayProperties gateway) {
    String property = TollgateGatewayProperties.PREFIX + ".public-paths";
    List<String> patterns = gateway.getPublicPaths();
    if (!patterns.isEmpty() && !gateway.isGlobal()) {
      throw PropertyChecks.invalid(property, "public paths exempt from the global filter only, and "
          + TollgateGatewayProperties.PREFIX + ".global is false");
    }
    List<PathPattern> parsed = new ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      try {
        parsed.add(PathPatternParser.defaultInstance.parse(patterns.get(i)));
      } catch (IllegalArgumentException invalid) {
        throw PropertyChecks.invalid(property + "[" + i + "]", "not a path pattern");
      }
    }
    return parsed;
  }
}
