/**
 * Route paths of the test kit: `/my-index/_doc/1` exactly, `/:index/_doc/:id` with named segments (each
 * matches one non-empty segment, URL-decoded), `*` for any rest of the path, or a RegExp (named groups
 * become params). A trailing slash is ignored on both sides.
 */
import { rejectOption } from '../options/checks.js'

/** The params of a path that matches, undefined otherwise. */
export type PathMatcher = (path: string) => Record<string, string> | undefined

export function compilePath(pattern: string | RegExp): PathMatcher {
  if (pattern instanceof RegExp) {
    return (path) => {
      const found = pattern.exec(path)
      return found === null ? undefined : { ...found.groups }
    }
  }
  if (typeof pattern !== 'string' || !pattern.startsWith('/')) {
    rejectOption('path', 'must be a string starting with "/" or a RegExp', pattern)
  }
  const parts = trim(pattern).split('/')
  return (path) => {
    const segments = trim(path).split('/')
    const params: Record<string, string> = {}
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!
      if (part === '*') return params // the rest of the path, whatever it is
      const segment = segments[i]
      if (segment === undefined) return undefined
      if (part.startsWith(':') && part.length > 1) {
        if (segment === '') return undefined
        params[part.slice(1)] = safeDecode(segment)
      } else if (part !== segment && part !== safeDecode(segment)) return undefined
    }
    return segments.length === parts.length ? params : undefined
  }
}

function trim(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
