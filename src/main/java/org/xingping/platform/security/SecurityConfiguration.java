package org.xingping.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.xingping.platform.ApiTokens;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.web.ApiProblems;

/**
 * Who may reach what. Pages check roles here by path; services check the data scope of each
 * record again, so a forged link never shows another unit's data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    static final String[] PUBLIC = {"/login", "/public/**", "/assets/**", "/webjars/**", "/favicon.ico",
            "/actuator/health", "/error"};

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
            + "object-src 'none'; frame-ancestors 'self'; form-action 'self'";

    /**
     * Services and pages say who may call them with {@code @PreAuthorize} alone. Its interceptor is
     * the only one published: the default publishes three more (post-authorize and the two filters),
     * and at every start each bean's every method was matched against each of them (issue 2).
     */
    @Bean
    @org.springframework.context.annotation.Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorize() {
        return AuthorizationManagerBeforeMethodInterceptor.preAuthorize();
    }

    /**
     * The read-only REST API. A machine sends a personal token and keeps no session; a signed-in
     * browser (the Swagger UI) may read with its session cookie, and then CSRF still guards
     * anything but reading. Refusals answer as problem details, never as the login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::carriesToken))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, failure) -> {
                            String path = request.getRequestURI().substring(request.getContextPath().length());
                            // A person opening the docs in a browser signs in first; machines get the reason.
                            if (path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui")) {
                                response.sendRedirect(request.getContextPath() + "/login");
                            } else {
                                problems.write(response, HttpStatus.UNAUTHORIZED, request, "api.unauthenticated");
                            }
                        })
                        .accessDeniedHandler((request, response, denied) -> problems.write(response,
                                HttpStatus.FORBIDDEN, request,
                                denied instanceof CsrfException ? "api.csrf" : "api.forbidden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .addFilterAfter(new BearerTokenFilter(tokens, problems), SecurityContextHolderFilter.class)
                .addFilterAfter(sessionPasswordChangeGate(problems), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * A session whose password someone else set reads nothing until it is changed, as on the pages.
     * A token was made by its holder with a password of their own, so bearer requests pass.
     */
    private static PasswordChangeGate sessionPasswordChangeGate(ApiProblems problems) {
        return new PasswordChangeGate((request, response) -> problems.write(response, HttpStatus.FORBIDDEN, request,
                "api.mustChangePassword")) {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return BearerTokenFilter.carriesToken(request);
            }
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.SYSTEM_ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new PasswordChangeGate(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccountManagement accounts) {
        return username -> accounts.signInCandidate(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
