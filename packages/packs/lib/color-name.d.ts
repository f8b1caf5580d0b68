// color-name ships no types: a map from each CSS named colour to its RGB triple.
declare module 'color-name' {
  const colors: Record<string, [number, number, number]>
  export default colors
}
