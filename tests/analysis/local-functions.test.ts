import { describe, expect, it } from 'vitest';
import { isCallback, localFunction, singleInit } from '../../src/analysis/local-functions';
import { analyse } from './helpers';

describe('localFunction', () => {
  const file = analyse(`
    import { imported } from './helpers';
    function declared() { inDeclared; }
    const arrow = () => { inArrow; };
    const expression = function () { inExpression; };
    let kept = () => { inKept; };
    let reassigned = () => {};
    reassigned = () => {};
    const alias = declared;
    const api = { create() { inCreate; }, remove: () => { inRemove; }, [computed]: () => {}, value: 1 };
    declared();
    arrow();
    expression();
    kept();
    reassigned();
    alias();
    api.create();
    api.remove();
    api['create']();
    api.value();
    api.missing();
    imported();
    fetch('/x');
    (declared as () => void)();
    declared!();
    function withParameter(declared: () => void) { declared(); }
  `);
  const of = (callee: string, index?: number) => localFunction(file.call(callee, index).callee, file.file.bindings);

  it('finds a function declaration, a const arrow and a const function expression by name', () => {
    expect(of('declared')).toBe(file.functionAround('inDeclared'));
    expect(of('arrow')).toBe(file.functionAround('inArrow'));
    expect(of('expression')).toBe(file.functionAround('inExpression'));
  });

  it('finds a let that is never reassigned, not one that is', () => {
    expect(of('kept')).toBe(file.functionAround('inKept'));
    expect(of('reassigned')).toBeUndefined();
  });

  it('finds a method or function property of a same-file object literal, by plain or string member', () => {
    expect(of('api.create')).toBe(file.functionAround('inCreate'));
    expect(of('api.remove')).toBe(file.functionAround('inRemove'));
    expect(of(`api['create']`)).toBe(file.functionAround('inCreate'));
  });

  it('finds nothing for a property that is no function or is not written in the literal', () => {
    expect(of('api.value')).toBeUndefined();
    expect(of('api.missing')).toBeUndefined();
  });

  it('does not follow a variable that holds another variable', () => {
    expect(of('alias')).toBeUndefined();
  });

  it('finds nothing for an import or a global', () => {
    expect(of('imported')).toBeUndefined();
    expect(of('fetch')).toBeUndefined();
  });

  it('looks through TypeScript assertions', () => {
    expect(of('declared as () => void')).toBe(file.functionAround('inDeclared'));
    expect(of('declared!')).toBe(file.functionAround('inDeclared'));
  });

  it('finds nothing for a parameter that shadows a same-file function', () => {
    expect(of('declared', 1)).toBeUndefined();
  });
});

describe('singleInit', () => {
  const file = analyse(`
    const constant = make();
    let kept = make();
    let reassigned = make();
    reassigned = other();
    let later;
    const { part } = make();
    var twice = make();
    var twice = other();
    read(constant);
    read(kept);
    read(reassigned);
    read(later);
    read(part);
    read(twice);
  `);
  const initOf = (index: number) => {
    const variable = file.file.bindings.localVariableOf(file.call('read', index).arguments[0]!);
    if (variable === undefined) throw new Error(`read #${index} reads no local variable.`);
    return singleInit(variable);
  };

  it('gives the initializer of a const, and of a let that is never reassigned', () => {
    expect(initOf(0)).toBe(file.call('make', 0));
    expect(initOf(1)).toBe(file.call('make', 1));
  });

  it('gives nothing for a reassigned let, a declaration without initializer, a destructured name or a twice-declared var', () => {
    expect([initOf(2), initOf(3), initOf(4), initOf(5)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('isCallback', () => {
  const file = analyse(`
    import { handler } from './handlers';
    function check(err: unknown) {}
    const options = { retries: 1 };
    function run(done: () => void, cb2: () => void, next: () => void, status: number) {
      take(done);
      take(cb2);
      take(next);
      take(status);
    }
    take(() => {});
    take(function () {});
    take(check);
    take(options);
    take(handler);
    take(done);
    take();
  `);
  const callback = (index: number) => isCallback(file.call('take', index).arguments[0], file.file.bindings);

  it('takes a function literal or a same-file function', () => {
    expect([callback(4), callback(5), callback(6)]).toEqual([true, true, true]);
  });

  it('takes a parameter named like a completion callback, not one named like a value', () => {
    expect([callback(0), callback(1), callback(2), callback(3)]).toEqual([true, true, true, false]);
  });

  it('does not take a plain value, an import, a global of a callback name, or a missing argument', () => {
    expect([callback(7), callback(8), callback(9), callback(10)]).toEqual([false, false, false, false]);
  });
});
