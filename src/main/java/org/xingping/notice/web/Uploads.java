package org.xingping.notice.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.web.multipart.MultipartFile;
import org.xingping.notice.ObjectionSubmission;

/** The files a form sent, as an objection takes them; the public form and the inbox's letter form share it. */
final class Uploads {

    private Uploads() {
    }

    static ObjectionSubmission.Upload of(MultipartFile file) {
        // A file input left empty still sends a part, with no name and no bytes.
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return null;
        }
        return new ObjectionSubmission.Upload(file.getOriginalFilename(), file);
    }

    static List<ObjectionSubmission.Upload> of(MultipartFile[] files) {
        return files == null ? List.of() : Arrays.stream(files).map(Uploads::of).filter(Objects::nonNull).toList();
    }
}
