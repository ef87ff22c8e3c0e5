import type { ReactNode } from "react";

/** A titled part of an official's, topic's or journalist's page (its heading names the section). */
export function ProfileSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="font-serif text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
