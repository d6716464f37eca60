// Types for cluster.mjs (plain Node: several app processes behind Varnish).
import type { ChildProcess } from 'node:child_process';

export const VARNISH_MISSING: string;
export function findVarnishd(): string | null;
export function backendsVcl(ports: readonly number[]): string;
export function startVarnish(options: {
  varnishd: string;
  vclFile: string;
  workDir: string;
  port: number;
  backendPorts: readonly number[];
  cacheMegabytes?: number;
}): ChildProcess;
export function stopChild(child: ChildProcess, graceMs?: number): Promise<void>;
export function prefixLines(name: string, chunk: Buffer): string;

export type ClusterOptions = {
  root: string;
  port: number;
  instances: number;
  firstBackendPort?: number;
  env?: Record<string, string>;
  cacheMegabytes?: number;
  output?: (name: string, chunk: Buffer) => void;
};

export type RunningCluster = {
  baseUrl: string;
  pids: number[];
  backendPorts: number[];
  exited: Promise<string>;
  stop: () => Promise<void>;
};

export function startCluster(options: ClusterOptions): Promise<RunningCluster>;
