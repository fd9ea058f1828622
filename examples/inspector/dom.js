// A small element builder. Everything shown goes in as text (textContent), never as HTML,
// so a token's contents can never become markup or script.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value)
    else node.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children.flat()) if (child !== undefined && child !== null && child !== false) node.append(child)
  return node
}

/** "eyJhbGciOiJI… (243 characters)": enough to recognise a token without filling the screen. */
export function shorten(text, keep = 16) {
  return text.length > keep + 8 ? `${text.slice(0, keep)}… (${text.length} characters)` : text
}
