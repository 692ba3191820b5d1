package org.xingping.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the REST API under {@code /api/v1}. Its refusals are answered as RFC 9457
 * problem details in JSON instead of the error page, and its requests may carry a personal API
 * token instead of a session.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface RestApi {
}
