package org.xingping.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;

/**
 * Who may reach what. Pages check roles here by path; services check the data scope of each
 * record again, so a forged link never shows another unit's data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {"/login", "/public/**", "/assets/**", "/webjars/**", "/favicon.ico",
            "/actuator/health", "/error"};

    @Bean
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
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                                + "object-src 'none'; frame-ancestors 'self'; form-action 'self'"))
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
