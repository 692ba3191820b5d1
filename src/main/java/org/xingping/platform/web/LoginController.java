package org.xingping.platform.web;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.XingPingProperties;

/** The login page; in demo mode it lists the demo accounts by role. */
@Controller
class LoginController {

    /** The demo accounts of one role: how many, and the first and last username. */
    record DemoAccounts(Role role, long count, String first, String last) {
    }

    private final XingPingProperties properties;
    private final JdbcClient jdbc;

    LoginController(XingPingProperties properties, JdbcClient jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, Model model) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("error", error);
        if (properties.demo()) {
            model.addAttribute("demoAccounts", demoAccounts());
        }
        return "platform/login";
    }

    private List<DemoAccounts> demoAccounts() {
        return jdbc.sql("""
                select role, count(*) as accounts, min(username) as first_name, max(username) as last_name
                from user_account where enabled group by role""")
                .query((rs, row) -> new DemoAccounts(Role.valueOf(rs.getString("role")), rs.getLong("accounts"),
                        rs.getString("first_name"), rs.getString("last_name")))
                .list().stream().sorted(java.util.Comparator.comparing(DemoAccounts::role)).toList();
    }
}
