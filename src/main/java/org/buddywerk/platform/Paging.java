package org.buddywerk.platform;

import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A page of a list as asked for in the query string, kept within bounds: unknown sort fields fall back to
 * the default, sizes stay between 1 and 100, so no request can ask for everything at once.
 */
public record Paging(int page, int size, String sort, String dir) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static Paging of(Integer page, Integer size, String sort, String dir, Set<String> sortable,
			String defaultSort) {
		int p = page == null || page < 0 ? 0 : page;
		int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		String field = sort != null && sortable.contains(sort) ? sort : defaultSort;
		String direction = "desc".equalsIgnoreCase(dir) ? "desc" : "asc";
		return new Paging(p, s, field, direction);
	}

	public PageRequest request() {
		Sort order = Sort.by("desc".equals(dir) ? Sort.Direction.DESC : Sort.Direction.ASC, sort);
		return PageRequest.of(page, size, sort.equals("id") ? order : order.and(Sort.by("id")));
	}

	/** The direction a click on this column's header asks for. */
	public String nextDir(String column) {
		return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
	}
}
