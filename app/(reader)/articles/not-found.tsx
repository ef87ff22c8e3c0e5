// Shown when [id]/layout.tsx finds no such article (a layout's notFound() reaches the parent segment).
export { default } from "./[id]/not-found";
