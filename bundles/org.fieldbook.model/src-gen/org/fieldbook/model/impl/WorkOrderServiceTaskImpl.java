/**
 */
package org.fieldbook.model.impl;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.TaskResult;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderServiceTask;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Order Service Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getResult <em>Result</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getEstimatedDuration <em>Estimated Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getActualDuration <em>Actual Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getLineOrder <em>Line Order</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceTaskImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkOrderServiceTaskImpl extends RecordImpl implements WorkOrderServiceTask {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWorkOrder() <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkOrder()
	 * @generated
	 * @ordered
	 */
	protected WorkOrder workOrder;

	/**
	 * The cached value of the '{@link #getBooking() <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooking()
	 * @generated
	 * @ordered
	 */
	protected Booking booking;

	/**
	 * The default value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected static final double PERCENT_COMPLETE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected double percentComplete = PERCENT_COMPLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected static final TaskResult RESULT_EDEFAULT = TaskResult.SUCCESS;

	/**
	 * The cached value of the '{@link #getResult() <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResult()
	 * @generated
	 * @ordered
	 */
	protected TaskResult result = RESULT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedDuration() <em>Estimated Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int ESTIMATED_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEstimatedDuration() <em>Estimated Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedDuration()
	 * @generated
	 * @ordered
	 */
	protected int estimatedDuration = ESTIMATED_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualDuration() <em>Actual Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTUAL_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getActualDuration() <em>Actual Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDuration()
	 * @generated
	 * @ordered
	 */
	protected int actualDuration = ACTUAL_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineOrder() <em>Line Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLineOrder() <em>Line Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineOrder()
	 * @generated
	 * @ordered
	 */
	protected int lineOrder = LINE_ORDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkOrderServiceTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.WORK_ORDER_SERVICE_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrder getWorkOrder() {
		if (workOrder != null && workOrder.eIsProxy()) {
			InternalEObject oldWorkOrder = (InternalEObject)workOrder;
			workOrder = (WorkOrder)eResolveProxy(oldWorkOrder);
			if (workOrder != oldWorkOrder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_SERVICE_TASK__WORK_ORDER, oldWorkOrder, workOrder));
			}
		}
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrder basicGetWorkOrder() {
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkOrder(WorkOrder newWorkOrder) {
		WorkOrder oldWorkOrder = workOrder;
		workOrder = newWorkOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__WORK_ORDER, oldWorkOrder, workOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Booking getBooking() {
		if (booking != null && booking.eIsProxy()) {
			InternalEObject oldBooking = (InternalEObject)booking;
			booking = (Booking)eResolveProxy(oldBooking);
			if (booking != oldBooking) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_SERVICE_TASK__BOOKING, oldBooking, booking));
			}
		}
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Booking basicGetBooking() {
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBooking(Booking newBooking) {
		Booking oldBooking = booking;
		booking = newBooking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__BOOKING, oldBooking, booking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPercentComplete() {
		return percentComplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentComplete(double newPercentComplete) {
		double oldPercentComplete = percentComplete;
		percentComplete = newPercentComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE, oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskResult getResult() {
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResult(TaskResult newResult) {
		TaskResult oldResult = result;
		result = newResult == null ? RESULT_EDEFAULT : newResult;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__RESULT, oldResult, result));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEstimatedDuration() {
		return estimatedDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedDuration(int newEstimatedDuration) {
		int oldEstimatedDuration = estimatedDuration;
		estimatedDuration = newEstimatedDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION, oldEstimatedDuration, estimatedDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActualDuration() {
		return actualDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualDuration(int newActualDuration) {
		int oldActualDuration = actualDuration;
		actualDuration = newActualDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION, oldActualDuration, actualDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLineOrder() {
		return lineOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineOrder(int newLineOrder) {
		int oldLineOrder = lineOrder;
		lineOrder = newLineOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__LINE_ORDER, oldLineOrder, lineOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE_TASK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCompleted() {
		return getPercentComplete() >= 100;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__NAME:
				return getName();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__WORK_ORDER:
				if (resolve) return getWorkOrder();
				return basicGetWorkOrder();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__BOOKING:
				if (resolve) return getBooking();
				return basicGetBooking();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE:
				return getPercentComplete();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__RESULT:
				return getResult();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION:
				return getEstimatedDuration();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION:
				return getActualDuration();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__LINE_ORDER:
				return getLineOrder();
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__WORK_ORDER:
				setWorkOrder((WorkOrder)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__BOOKING:
				setBooking((Booking)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE:
				setPercentComplete((Double)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__RESULT:
				setResult((TaskResult)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION:
				setEstimatedDuration((Integer)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION:
				setActualDuration((Integer)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__LINE_ORDER:
				setLineOrder((Integer)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__DESCRIPTION:
				setDescription((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__WORK_ORDER:
				setWorkOrder((WorkOrder)null);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__BOOKING:
				setBooking((Booking)null);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE:
				setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__RESULT:
				setResult(RESULT_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION:
				setEstimatedDuration(ESTIMATED_DURATION_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION:
				setActualDuration(ACTUAL_DURATION_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__LINE_ORDER:
				setLineOrder(LINE_ORDER_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__WORK_ORDER:
				return workOrder != null;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__BOOKING:
				return booking != null;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE:
				return percentComplete != PERCENT_COMPLETE_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__RESULT:
				return result != RESULT_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION:
				return estimatedDuration != ESTIMATED_DURATION_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION:
				return actualDuration != ACTUAL_DURATION_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__LINE_ORDER:
				return lineOrder != LINE_ORDER_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK___IS_COMPLETED:
				return isCompleted();
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(", result: ");
		result.append(result);
		result.append(", estimatedDuration: ");
		result.append(estimatedDuration);
		result.append(", actualDuration: ");
		result.append(actualDuration);
		result.append(", lineOrder: ");
		result.append(lineOrder);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //WorkOrderServiceTaskImpl
