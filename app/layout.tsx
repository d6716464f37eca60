import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CleanGetForms } from '@/components/clean-get-forms';
import { PrintHeader } from '@/components/print-header';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { siteOrigin } from '@/lib/site-origin';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/view/metadata';
import './globals.css';

// A function, not a constant, so that SITE_URL is read when the server runs, not when it is built; without SITE_URL,
// the address the request came by (lib/site-origin.ts).
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { template: `%s · ${SITE_NAME}`, default: SITE_NAME },
    description: SITE_DESCRIPTION,
    openGraph: { siteName: SITE_NAME, title: SITE_NAME, description: SITE_DESCRIPTION, type: 'website', locale: 'en_GB' },
  };
}

export const viewport: Viewport = { themeColor: '#1d3a5f' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only-focusable bg-focus px-4 py-2 font-semibold text-focus-ink underline visited:text-focus-ink"
        >
          Skip to main content
        </a>
        <SiteHeader />
        <PrintHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 outline-none focus-visible:shadow-none sm:py-8">
          {children}
        </main>
        <SiteFooter />
        <CleanGetForms />
      </body>
    </html>
  );
}
