package org.xingping.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springdoc.core.customizers.OperationCustomizer;

/** The OpenAPI document's title, description and the bearer token every operation takes. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI xingPingApi() {
        return new OpenAPI()
                .info(new Info().title("星评 XingPing API").version("v1").description("""
                        星级党支部创建的只读接口：单位与党组织、创建年度、申报、观摩安排、评分表、评定结果、整改任务。\
                        每个请求以令牌所属账号的角色和数据范围执行，与页面完全相同：工委看全部，单位党委只看本单位，\
                        支部书记只看本支部，观摩员只看本组的安排和评分表。超出范围的请求返回 403 并说明原因。

                        Read-only API of the star-rating campaign. Every request acts with exactly the role and \
                        data scope of the account that made the token, as the pages do. Send \
                        `Authorization: Bearer <token>`; make a token on the page 账号 → API 令牌 (/account/tokens). \
                        Refusals are RFC 9457 problem details with a Chinese `detail`."""))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("个人 API 令牌 / personal API token (账号 → API 令牌)")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /** Every operation may be refused in the same four ways; the document says so once for each. */
    @Bean
    OperationCustomizer problemResponses() {
        Content problem = new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new ObjectSchema().description("RFC 9457 problem detail: type, title, status, "
                        + "detail (中文原因), instance, reason (message key)")));
        return (operation, handler) -> {
            operation.getResponses()
                    .addApiResponse("400", new ApiResponse().description("无法识别的筛选值或分页参数 / unknown filter "
                            + "value or bad paging").content(problem))
                    .addApiResponse("401", new ApiResponse().description("没有令牌，或令牌无效、过期、已撤销 / no, invalid, "
                            + "expired or revoked token").content(problem))
                    .addApiResponse("403", new ApiResponse().description("超出本账号的角色或数据范围 / outside the "
                            + "caller's role or scope").content(problem))
                    .addApiResponse("404", new ApiResponse().description("代码或年度不存在 / unknown code or year")
                            .content(problem));
            return operation;
        };
    }
}
