package org.xingping.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.organization.ImportSummary;
import org.xingping.organization.OrganizationImport;
import org.xingping.organization.TableSource;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/**
 * Importing units and organisations from table files, with templates to fill in. A refused file
 * shows every problem on the page; nothing of it is stored.
 */
@Controller
@RequestMapping("/organizations/import")
@PreAuthorize(RegistryAccess.EDITORS)
class ImportController {

    /** The templates: each table's headers in Chinese and an example row from the reference data. */
    private static final List<String> UNIT_HEADERS = List.of("编码", "名称", "类别", "办公地点", "纬度", "经度");
    private static final List<Object> UNIT_EXAMPLE = List.of("U001", "市纪委监委机关", "市直", "市行政中心", "32.9818",
            "114.0553");
    private static final List<String> ORGANIZATION_HEADERS = List.of("编码", "单位编码", "上级组织编码", "类型", "名称",
            "书记", "党员数", "2020年星级", "2020年红旗党支部");
    private static final List<List<Object>> ORGANIZATION_EXAMPLES = List.of(
            List.of("U001-P", "U001", "", "机关党委", "市纪委监委机关党委", "龚秀", "", "", ""),
            List.of("U001-B01", "U001", "U001-P", "党支部", "市纪委监委机关第1党支部", "毛强桂", "13", "4", "否"));

    private final OrganizationImport importer;
    private final Flash flash;

    ImportController(OrganizationImport importer, Flash flash) {
        this.importer = importer;
        this.flash = flash;
    }

    @GetMapping
    String page() {
        return "organization/import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile units,
            @RequestParam(required = false) MultipartFile organizations, Model model, RedirectAttributes redirect) {
        Optional<TableSource> unitsFile = source(units);
        Optional<TableSource> organizationsFile = source(organizations);
        if (unitsFile.isEmpty() && organizationsFile.isEmpty()) {
            model.addAttribute("problems", List.of(flash.text("import.noFile")));
            return "organization/import";
        }
        try {
            ImportSummary summary = importer.importTables(unitsFile, organizationsFile);
            flash.success(redirect, "import.done", summary.units(), summary.unitsCreated(), summary.organizations(),
                    summary.organizationsCreated());
            return "redirect:/organizations";
        } catch (TableRefused refused) {
            model.addAttribute("problems", refused.problems().stream().map(TableProblem::describe).toList());
            return "organization/import";
        }
    }

    @GetMapping("/template/{table}.{format}")
    void template(@PathVariable String table, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        boolean isUnits = table.equals("units");
        if (!isUnits && !table.equals("organizations") || !format.equals("csv") && !format.equals("xlsx")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> headers = isUnits ? UNIT_HEADERS : ORGANIZATION_HEADERS;
        List<List<Object>> examples = isUnits ? List.of(UNIT_EXAMPLE) : ORGANIZATION_EXAMPLES;
        String name = flash.text(isUnits ? "import.template.units" : "import.template.organizations");
        if (format.equals("xlsx")) {
            XlsxDownload.send(response, name + ".xlsx", name, headers, rows -> examples.forEach(rows::add));
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + ".csv", StandardCharsets.UTF_8).build().toString());
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", headers)).append("\r\n");
        examples.forEach(example -> csv.append(String.join(",", example.stream().map(Object::toString).toList()))
                .append("\r\n"));
        response.getOutputStream().write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<TableSource> source(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return Optional.empty();
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? file.getName() : file.getOriginalFilename();
        return Optional.of(new TableSource(name, file::getInputStream));
    }
}
