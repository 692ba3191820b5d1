package org.xingping.platform;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * One page of an API list: the rows and where they stand in the whole.
 *
 * @param page          the page's number, from 0
 * @param size          the most rows a page holds
 * @param totalElements rows in the whole list
 */
public record ApiPage<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    /** The page asked for, refused when it is negative or larger than {@link #MAX_SIZE}. */
    public static Pageable request(Integer page, Integer size) {
        int number = page == null ? 0 : page;
        int rows = size == null ? DEFAULT_SIZE : size;
        if (number < 0) {
            throw new Refused("api.paging.page", String.valueOf(number));
        }
        if (rows < 1 || rows > MAX_SIZE) {
            throw new Refused("api.paging.size", String.valueOf(rows), String.valueOf(MAX_SIZE));
        }
        return PageRequest.of(number, rows);
    }

    public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapping) {
        return new ApiPage<>(page.getContent().stream().map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** A page cut from a list the service gives whole (a campaign's declarations are at most a few thousand). */
    public static <S, T> ApiPage<T> of(List<S> all, Pageable pageable, Function<S, T> mapping) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return of(new PageImpl<>(all.subList(from, to), pageable, all.size()), mapping);
    }
}
